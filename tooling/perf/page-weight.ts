// Page weight: the bytes a page costs at load, by kind, as a static host that
// gzips text would send them. Sizes are computed from the bodies themselves
// (gzip level 9, what a host pre-compressing its files would serve), so the
// figure does not depend on whether the server in front of dist/ compresses.
import { gzipSync } from 'node:zlib';
import { isCompressible, RESOURCE_KINDS, resourceKind, type ResourceKind } from './resource-kind.ts';

export interface ResourceRecord {
  url: string;
  status: number;
  contentType: string;
  kind: ResourceKind;
  /** Body bytes as stored. */
  rawBytes: number;
  /** Bytes on the wire: gzip of the body when a host would compress it, else the body. */
  bytes: number;
}

export type BytesByKind = Record<ResourceKind, number>;

export interface PageWeight {
  requests: number;
  /** Sum of `bytes` over every response. */
  total: number;
  bytes: BytesByKind;
}

export function gzipSize(body: Uint8Array | string): number {
  return gzipSync(body, { level: 9 }).length;
}

export function resourceRecord(url: string, status: number, contentType: string, body: Uint8Array): ResourceRecord {
  return {
    url,
    status,
    contentType,
    kind: resourceKind(url, contentType),
    rawBytes: body.length,
    bytes: isCompressible(url, contentType, body) ? gzipSize(body) : body.length,
  };
}

export function emptyByKind(): BytesByKind {
  return Object.fromEntries(RESOURCE_KINDS.map((k) => [k, 0])) as BytesByKind;
}

export function pageWeight(records: readonly ResourceRecord[]): PageWeight {
  const bytes = emptyByKind();
  for (const r of records) bytes[r.kind] += r.bytes;
  return { requests: records.length, total: records.reduce((sum, r) => sum + r.bytes, 0), bytes };
}
