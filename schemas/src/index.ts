export * from './flag.schema.js';
export * from './report.schema.js';
export * from './page-text.schema.js';
export * from './errors.js';
