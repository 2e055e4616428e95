/**
 * An SVG figure as a PNG: the SVG (figure.ts) drawn into a canvas of its output size through an
 * image from a `blob:` URL (the CSP allows `img-src blob:`), then encoded. The browser's own SVG
 * renderer draws it, so the PNG and the SVG export are the same picture.
 */

/**
 * Rasterise `svg` at `width` × `height` output pixels.
 *
 * @throws {Error} (rejects) when the browser cannot decode the SVG or encode the PNG.
 */
export async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.decoding = "async";
    image.src = url;
    await image.decode().catch(() => {
      throw new Error("svgToPng: the browser could not decode the figure's SVG");
    });
    const canvas = document.createElement("canvas");
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("svgToPng: no 2D canvas context");
    ctx.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("svgToPng: the canvas gave no PNG"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
