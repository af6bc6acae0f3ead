export { renderPage } from './page.renderer.js';
export { extractFullPageImage } from './embedded-image.extractor.js';
export { pageImage, type PageImageSource } from './page-image.source.js';
export { RenderOptionsSchema, DEFAULT_DPI, DEFAULT_MAX_PIXELS, type RenderOptions } from './render-options.js';
