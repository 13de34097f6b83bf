import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

// Simple drawings of WhatsApp Business screens (no screenshots are available): a phone outline,
// the app's green bar, and the one thing to tap outlined in orange.

const green = '#008069'
const accent = '#f08c00'
const width = 180
const height = 340

function PhoneFrame({ label, children }: { label: string; children: ReactNode }) {
  return (
    <svg
      viewBox={`0 0 ${String(width)} ${String(height)}`}
      width={width}
      height={height}
      role="img"
      aria-label={label}
      style={{ flex: 'none' }}
    >
      <title>{label}</title>
      <rect
        x="2"
        y="2"
        width={width - 4}
        height={height - 4}
        rx="22"
        fill="#fff"
        stroke="#495057"
        strokeWidth="3"
      />
      <rect x="70" y="10" width="40" height="6" rx="3" fill="#adb5bd" />
      <svg x="10" y="24" width={width - 20} height={height - 48} overflow="hidden">
        {children}
      </svg>
    </svg>
  )
}

/** A chat row: an avatar circle and two grey lines. */
function ChatRow({ y, name }: { y: number; name?: string }) {
  return (
    <g>
      <circle cx="16" cy={y + 14} r="11" fill="#dee2e6" />
      {name ? (
        <text x="34" y={y + 12} fontSize="10" fill="#212529">
          {name}
        </text>
      ) : (
        <rect x="34" y={y + 5} width="80" height="7" rx="3" fill="#ced4da" />
      )}
      <rect x="34" y={y + 17} width="110" height="6" rx="3" fill="#e9ecef" />
    </g>
  )
}

function Highlight({ x, y, w, h }: { x: number; y: number; w: number; h: number }) {
  return (
    <rect x={x} y={y} width={w} height={h} rx="5" fill="none" stroke={accent} strokeWidth="3" />
  )
}

/** Android: the Chats screen with the ⋮ menu open, «Новая рассылка» outlined. */
export function AndroidMenuPicture() {
  const { t } = useTranslation()
  const items = [
    t('phoneLists.guide.picture.newGroup'),
    t('phoneLists.guide.picture.newBroadcast'),
    t('phoneLists.guide.picture.linkedDevices'),
    t('phoneLists.guide.picture.settings'),
  ]
  return (
    <PhoneFrame label={t('phoneLists.guide.picture.alt.androidMenu')}>
      <rect width="160" height="44" fill={green} />
      <text x="8" y="18" fontSize="11" fontWeight="bold" fill="#fff">
        WhatsApp Business
      </text>
      <text x="8" y="37" fontSize="10" fill="#fff">
        {t('phoneLists.guide.picture.chats')}
      </text>
      <text x="148" y="20" fontSize="16" fontWeight="bold" fill="#fff">
        ⋮
      </text>
      <Highlight x={141} y={4} w={17} h={22} />
      {[0, 1, 2, 3, 4, 5].map((i) => (
        <ChatRow key={i} y={52 + i * 40} />
      ))}
      <rect x="48" y="26" width="110" height="110" rx="4" fill="#fff" stroke="#ced4da" />
      {items.map((item, i) => (
        <text key={item} x="55" y={46 + i * 26} fontSize="8.5" fill="#212529">
          {item}
        </text>
      ))}
      <Highlight x={51} y={57} w={104} h={22} />
    </PhoneFrame>
  )
}

/** Android: choosing recipients, two ticked, the green tick button outlined. */
export function AndroidPickPicture() {
  const { t } = useTranslation()
  return (
    <PhoneFrame label={t('phoneLists.guide.picture.alt.androidPick')}>
      <rect width="160" height="44" fill={green} />
      <text x="8" y="18" fontSize="11" fontWeight="bold" fill="#fff">
        {t('phoneLists.guide.picture.newBroadcast')}
      </text>
      <text x="8" y="36" fontSize="9" fill="#fff">
        2 / 256
      </text>
      {['Анна', 'Борис', 'Вера', 'Глеб', 'Дарья'].map((name, i) => (
        <g key={name}>
          <ChatRow y={52 + i * 40} name={name} />
          {i < 2 && (
            <g>
              <circle cx="24" cy={52 + i * 40 + 22} r="6" fill={green} />
              <path
                d={`M21 ${String(74 + i * 40)} l2 2 l4 -4`}
                stroke="#fff"
                strokeWidth="1.6"
                fill="none"
              />
            </g>
          )}
        </g>
      ))}
      <circle cx="134" cy="266" r="16" fill="#25d366" />
      <path d="M126 266 l6 6 l10 -11" stroke="#fff" strokeWidth="3" fill="none" />
      <Highlight x={114} y={246} w={40} h={40} />
    </PhoneFrame>
  )
}

/** iPhone: the Chats screen, «Списки рассылки» at the top outlined. */
export function IphoneListsPicture() {
  const { t } = useTranslation()
  return (
    <PhoneFrame label={t('phoneLists.guide.picture.alt.iphoneLists')}>
      <rect width="160" height="292" fill="#fff" />
      <text x="8" y="16" fontSize="9" fill="#1c7ed6">
        {t('phoneLists.guide.picture.broadcastLists')}
      </text>
      <Highlight x={3} y={4} w={98} h={17} />
      <text x="144" y="16" fontSize="12" fill="#1c7ed6">
        …
      </text>
      <text x="8" y="42" fontSize="16" fontWeight="bold" fill="#212529">
        {t('phoneLists.guide.picture.chats')}
      </text>
      {[0, 1, 2, 3, 4, 5].map((i) => (
        <ChatRow key={i} y={54 + i * 38} />
      ))}
      <rect y="272" width="160" height="20" fill="#f1f3f5" />
    </PhoneFrame>
  )
}

/** iPhone: the Broadcast Lists screen, «Новый список» at the bottom outlined. */
export function IphoneNewListPicture() {
  const { t } = useTranslation()
  return (
    <PhoneFrame label={t('phoneLists.guide.picture.alt.iphoneNew')}>
      <rect width="160" height="292" fill="#f8f9fa" />
      <text x="80" y="16" fontSize="10" fontWeight="bold" fill="#212529" textAnchor="middle">
        {t('phoneLists.guide.picture.broadcastLists')}
      </text>
      {[0, 1].map((i) => (
        <ChatRow key={i} y={30 + i * 38} />
      ))}
      <text x="80" y="270" fontSize="10" fill="#1c7ed6" textAnchor="middle">
        {t('phoneLists.guide.picture.newList')}
      </text>
      <Highlight x={36} y={256} w={88} h={20} />
    </PhoneFrame>
  )
}
