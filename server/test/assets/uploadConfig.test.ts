import { defaultLimits } from '@wesee/shared'
import { describe, expect, test } from 'vitest'
import { configFromEnv } from '../../src/config.ts'

describe('upload limits from the environment', () => {
  test('default to 10 MiB, 8000 pixels a side, 40 million pixels and 120 uploads a minute', () => {
    const { limits } = configFromEnv({})
    expect(limits.maxUploadBytes).toBe(10 * 1024 * 1024)
    expect(limits.maxImageSide).toBe(8000)
    expect(limits.maxImagePixels).toBe(40_000_000)
    expect(limits.maxUploadsPerIpPerMinute).toBe(120)
    expect(defaultLimits.maxUploadBytes).toBe(limits.maxUploadBytes)
  })

  test('are read from MAX_UPLOAD_BYTES, MAX_IMAGE_SIDE, MAX_IMAGE_PIXELS, MAX_UPLOADS_PER_IP_PER_MINUTE', () => {
    const { limits } = configFromEnv({
      MAX_UPLOAD_BYTES: '2048',
      MAX_IMAGE_SIDE: '640',
      MAX_IMAGE_PIXELS: '300000',
      MAX_UPLOADS_PER_IP_PER_MINUTE: '5',
    })
    expect(limits).toMatchObject({
      maxUploadBytes: 2048,
      maxImageSide: 640,
      maxImagePixels: 300_000,
      maxUploadsPerIpPerMinute: 5,
    })
  })

  test('refuse a value that is not a number', () => {
    expect(() => configFromEnv({ MAX_UPLOAD_BYTES: 'ten megabytes' })).toThrow(/MAX_UPLOAD_BYTES/)
  })
})
