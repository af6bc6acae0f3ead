import { createOcrPool, type OcrPool } from '@lao/extract';
import { gazetteer, type Gazetteer } from '@lao/gazetteer';
import type { Config } from '@lao/schemas';
import { createBlobStore, createStore, defaultBlobDir, type BlobStore, type Store } from '@lao/store';

/** What every stage needs; built once per process by a runner or a worker, passed down explicitly. */
export interface PipelineContext {
  readonly config: Config;
  readonly store: Store;
  readonly blobs: BlobStore;
  readonly ocr: OcrPool;
  readonly gazetteer: Gazetteer;
  close(): Promise<void>;
}

export interface ContextOptions {
  /** PostgreSQL only: work inside this schema (tests use one each). */
  databaseSchema?: string;
  /** OCR worker threads; defaults to config.ocrWorkers. */
  ocrWorkers?: number;
  /** Blob directory; defaults to `${dataDir}/blobs`. Across machines it must be shared storage. */
  blobDir?: string;
}

export async function createPipelineContext(config: Config, options: ContextOptions = {}): Promise<PipelineContext> {
  const store = createStore({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    ...(options.databaseSchema ? { schema: options.databaseSchema } : {}),
  });
  try {
    await store.migrate();
  } catch (err) {
    await store.close();
    throw err;
  }
  // OCR runs in worker threads (tesseract.js), started lazily: a text-only batch never pays for them.
  const ocr = createOcrPool({ workers: options.ocrWorkers ?? config.ocrWorkers, recycleAfter: config.ocrRecyclePages });
  return {
    config,
    store,
    blobs: createBlobStore(options.blobDir ?? defaultBlobDir(config.dataDir)),
    ocr,
    gazetteer: gazetteer(),
    close: async () => {
      await Promise.allSettled([ocr.close(), store.close()]);
    },
  };
}
