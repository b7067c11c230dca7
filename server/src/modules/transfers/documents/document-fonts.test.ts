import { describe, expect, it } from 'vitest';
import { debianNotoCjkFonts, DocumentFontMissingError } from './document-fonts.ts';
import { GENERATED_AT, sampleContactLetter } from './document-test-data.ts';
import { renderContactLetter } from './render-contact-letter.ts';

const renderWith = (fonts: typeof debianNotoCjkFonts) =>
  renderContactLetter(sampleContactLetter, { generatedAt: GENERATED_AT, fonts }).catch(
    (e: unknown) => e,
  );

describe('document fonts', () => {
  it('says which file is missing and how to install it', async () => {
    const error = await renderWith({
      ...debianNotoCjkFonts,
      body: {
        path: '/nonexistent/NotoSerifCJK-Regular.ttc',
        postscriptName: 'NotoSerifCJKsc-Regular',
      },
    });
    expect(error).toBeInstanceOf(DocumentFontMissingError);
    expect((error as Error).message).toContain('/nonexistent/NotoSerifCJK-Regular.ttc');
    expect((error as Error).message).toContain('apt-get install fonts-noto-cjk');
  });

  it('says so when the file has no face of the expected name', async () => {
    const error = await renderWith({
      ...debianNotoCjkFonts,
      heading: { path: debianNotoCjkFonts.heading.path, postscriptName: 'NoSuchFace-Bold' },
    });
    expect(error).toBeInstanceOf(DocumentFontMissingError);
    expect((error as Error).message).toContain('NoSuchFace-Bold');
  });
});
