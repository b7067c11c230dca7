import jsQR from 'jsqr';

/** Photos are scaled down to this many pixels on their longer side before they are read. */
const MAX_SIDE = 1600;

/**
 * The text of the QR code in a photo (from a phone's camera or a file), read in the browser: the
 * photo never leaves the device. Null when no QR code can be found in it.
 */
export async function readQrPhoto(photo: Blob): Promise<string | null> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(photo);
  } catch {
    return null;
  }
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const { data } = context.getImageData(0, 0, width, height);
  return jsQR(data, width, height)?.data ?? null;
}
