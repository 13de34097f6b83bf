import { Image, Skeleton, Text } from '@mantine/core'
import QRCode from 'qrcode'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { fitsQr } from '../../../../shared/list-message'

/**
 * The message as a QR code the phone's camera reads as text (byte mode, UTF-8); a text too long
 * for one says to use the copy button instead.
 */
export function ListMessageQr({ text }: { text: string }) {
  const { t } = useTranslation()
  const fits = fitsQr(text)
  const [image, setImage] = useState<string>()
  useEffect(() => {
    if (!fits) return
    let live = true
    QRCode.toDataURL(text, { errorCorrectionLevel: 'L', margin: 2, width: 260 }).then(
      (url) => {
        if (live) setImage(url)
      },
      () => {
        if (live) setImage(undefined)
      },
    )
    return () => {
      live = false
    }
  }, [text, fits])
  if (!fits)
    return (
      <Text fz="sm" c="orange.8" maw={260}>
        {t('phoneBroadcast.panel.tooLongForQr')}
      </Text>
    )
  if (image === undefined) return <Skeleton w={260} h={260} />
  return (
    <Image
      src={image}
      w={260}
      h={260}
      alt={t('phoneBroadcast.panel.qrLabel')}
      data-testid="list-message-qr"
    />
  )
}
