export { analyseDocument, type AnalyseInput, type AnalyseDeps, type AnalysedDocument } from './analyse-document.js';
