import { sharp } from '../heavy-modules.ts'

// A decompression bomb (a few KB of PNG that decodes to gigapixels) is refused before decoding.
export const MAX_IMAGE_MEGAPIXELS = 64
const MAX_PIXELS = MAX_IMAGE_MEGAPIXELS * 1_000_000

export type ImageCheck = 'ok' | 'unreadable' | 'too_many_pixels'

/** Reads only the image header: is this really a decodable image of a sane size? */
export async function inspectImage(path: string): Promise<ImageCheck> {
  try {
    const meta = await sharp(path, { limitInputPixels: false }).metadata()
    if (!meta.width || !meta.height) return 'unreadable'
    if (meta.width * meta.height > MAX_PIXELS) return 'too_many_pixels'
    // Decoding a tiny version proves the pixel data is there, not just a plausible header.
    await sharp(path, { limitInputPixels: MAX_PIXELS, failOn: 'error' }).resize(8, 8, { fit: 'inside' }).toBuffer()
    return 'ok'
  } catch {
    return 'unreadable'
  }
}

/**
 * A WebP at most `width` × `width` pixels, never enlarged, turned upright by its EXIF
 * orientation and stripped of all metadata (EXIF, GPS position, camera serial, ICC comments),
 * which sharp drops unless asked to keep it.
 */
export async function makeThumbnail(source: Buffer, width: number): Promise<Buffer> {
  return sharp(source, { limitInputPixels: MAX_PIXELS, failOn: 'error' })
    .rotate()
    .resize({ width, height: width, fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 82, alphaQuality: 90 })
    .toBuffer()
}
