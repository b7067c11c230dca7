// 复姓: two-character surnames in use today, so that a masked name still shows the whole surname
// (欧阳娜娜 is shown as 欧阳**).
const COMPOUND_SURNAMES = new Set(
  (
    '欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 司空 夏侯 轩辕 ' +
    '令狐 端木 西门 南宫 独孤 澹台 公冶 宗政 濮阳 淳于 单于 太叔 申屠 仲孙 钟离 ' +
    '闻人 万俟 赫连 呼延 拓跋 百里 东郭 南门 羊舌 微生 梁丘 左丘 东门 第五 公羊 ' +
    '谷梁 巫马 乐正 漆雕 壤驷'
  ).split(' '),
);

/** How many leading characters of a name are the surname: 2 for a known 复姓, else 1. */
export function surnameLength(nameCharacters: readonly string[]): 1 | 2 {
  const firstTwo = nameCharacters.slice(0, 2).join('');
  return COMPOUND_SURNAMES.has(firstTwo) ? 2 : 1;
}
