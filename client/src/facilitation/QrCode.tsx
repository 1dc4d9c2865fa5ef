import { useEffect, useState } from 'react'
import QRCode from 'qrcode'

/** A QR code made on this device (no outside service), as an SVG image. */
export function QrCode({ value, alt, size = 220 }: { value: string; alt: string; size?: number }) {
  const [svg, setSvg] = useState<string | null>(null)
  useEffect(() => {
    let cancelled = false
    void QRCode.toString(value, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }).then((made) => {
      if (!cancelled) setSvg(made)
    })
    return () => {
      cancelled = true
    }
  }, [value])
  if (!svg) return null
  return (
    <img
      className="qr-code"
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      alt={alt}
      width={size}
      height={size}
      data-testid="qr-code"
    />
  )
}
