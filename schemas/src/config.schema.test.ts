import { describe, it, expect } from '@jest/globals';
import { loadConfig } from './config.schema.js';
import { LaoError } from './errors.js';

describe('loadConfig', () => {
  it('fills every default from an empty environment', () => {
    expect(loadConfig({})).toEqual({
      dataDir: './lao-data',
      databaseUrl: null,
      redisUrl: 'redis://127.0.0.1:6379',
      concurrency: 2,
      ocrWorkers: 1,
      ocrDpi: 300,
      ocrRecyclePages: 200,
      lowOcrConfidence: 70,
      queuePrefix: 'lao',
    });
  });

  it('returns a frozen object', () => {
    const c = loadConfig({});
    expect(Object.isFrozen(c)).toBe(true);
    expect(() => {
      (c as { ocrDpi: number }).ocrDpi = 1;
    }).toThrow(TypeError);
  });

  it('reads and coerces set variables, treating empty ones as unset', () => {
    const c = loadConfig({
      LAO_DATA_DIR: '/var/lib/lao',
      DATABASE_URL: 'postgres://lao@127.0.0.1:5432/test',
      REDIS_URL: 'redis://127.0.0.1:6390',
      LAO_CONCURRENCY: '4',
      LAO_OCR_WORKERS: ' 2 ',
      LAO_OCR_DPI: '200',
      LAO_OCR_RECYCLE_PAGES: '50',
      LAO_LOW_OCR_CONFIDENCE: '62.5',
      LAO_QUEUE_PREFIX: 'test-1a2b',
      PATH: '/usr/bin',
    });
    expect(c).toMatchObject({
      dataDir: '/var/lib/lao',
      databaseUrl: 'postgres://lao@127.0.0.1:5432/test',
      redisUrl: 'redis://127.0.0.1:6390',
      concurrency: 4,
      ocrWorkers: 2,
      ocrDpi: 200,
      ocrRecyclePages: 50,
      lowOcrConfidence: 62.5,
      queuePrefix: 'test-1a2b',
    });
    expect(loadConfig({ DATABASE_URL: '', LAO_OCR_DPI: '' })).toMatchObject({ databaseUrl: null, ocrDpi: 300 });
  });

  it.each([
    [{ LAO_OCR_DPI: 'high' }, 'LAO_OCR_DPI'],
    [{ LAO_OCR_DPI: '20' }, 'LAO_OCR_DPI'],
    [{ LAO_CONCURRENCY: '0' }, 'LAO_CONCURRENCY'],
    [{ LAO_OCR_WORKERS: '1.5' }, 'LAO_OCR_WORKERS'],
    [{ LAO_LOW_OCR_CONFIDENCE: '120' }, 'LAO_LOW_OCR_CONFIDENCE'],
    [{ REDIS_URL: 'localhost:6379' }, 'REDIS_URL'],
    [{ LAO_QUEUE_PREFIX: 'lao:test' }, 'LAO_QUEUE_PREFIX'],
  ])('%j → LaoError CONFIG_INVALID naming %s', (env, variable) => {
    let err: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(LaoError);
    expect((err as LaoError).code).toBe('CONFIG_INVALID');
    expect((err as LaoError).message).toMatch(/^invalid configuration: /);
    expect((err as LaoError).message).toContain(variable);
  });

  it('names every bad variable at once', () => {
    expect(() => loadConfig({ LAO_OCR_DPI: 'x', REDIS_URL: 'http://x' })).toThrow(/LAO_OCR_DPI.*REDIS_URL|REDIS_URL.*LAO_OCR_DPI/);
  });
});
