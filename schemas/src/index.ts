export * from './flag.schema.js';
export * from './flag.factory.js';
export * from './report.schema.js';
export * from './page-text.schema.js';
export * from './errors.js';
export * from './parse-or-throw.js';
export * from './report-json-schema.js';
