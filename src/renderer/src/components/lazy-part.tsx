// A part of a screen that is not needed for its first frame (a dialog, a drawer, the bar of ticked
// rows): its code is fetched the first time it is shown, or earlier by `preload` once the first
// screen is up, so the first screen does not wait for it.
import { Alert, Box, Button, Group, Loader, Text } from '@mantine/core'
import { IconPlugConnectedX, IconRefresh } from '@tabler/icons-react'
import {
  Component,
  Suspense,
  createElement,
  use,
  useState,
  type ComponentType,
  type ReactNode,
} from 'react'
import { useTranslation } from 'react-i18next'
import { withRestOfApp } from '../app/rest-of-app'
import { SectionCodeUnreachable } from '../app/section-pages'

export interface LazyPart<P extends object> {
  /** Renders the part; while its code is on its way and the part is open, a loader in its place. */
  Part: ComponentType<P>
  /** Starts fetching the code; a failure is kept quiet (showing the part tells it). */
  preload: () => void
}

/** How the part is open and closed, read from its own props. */
export interface PartShown<P> {
  /** Whether the owner has asked for the part now (a dialog opened, rows ticked). */
  isOpen: (props: P) => boolean
  /** Closes it as its own close button would. */
  close: (props: P) => void
}

/** `load` resolves to the part's component; it is called once, and again only after a failure. */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  shown: PartShown<P>,
): LazyPart<P> {
  let code: Promise<ComponentType<P>> | undefined
  const fetchCode = () =>
    (code ??= withRestOfApp(load()).catch((error: unknown) => {
      throw new SectionCodeUnreachable(error)
    }))
  const forget = () => {
    code = undefined
  }

  function Loaded(props: P) {
    // The same component every render (fetched once and kept), so its state is kept too.
    return createElement(use(fetchCode()), props)
  }

  function Part(props: P) {
    const open = shown.isOpen(props)
    return (
      // If the code cannot be fetched, says so over the page, where the part was asked for.
      <PartBoundary
        open={open}
        onRetry={forget}
        onClose={() => {
          forget()
          shown.close(props)
        }}
      >
        <Suspense fallback={open ? <PartLoading /> : null}>
          <Loaded {...props} />
        </Suspense>
      </PartBoundary>
    )
  }

  return {
    Part,
    preload: () => {
      fetchCode().catch(forget)
    },
  }
}

interface BoundaryProps {
  children: ReactNode
  open: boolean
  /** Makes the next render fetch the code again. */
  onRetry: () => void
  onClose: () => void
}

interface BoundaryState {
  error: unknown
  /** Whether the part was open at the last render: opening it again after a failure tries again. */
  wasOpen: boolean
}

/** Catches a part whose code could not be fetched; any other error passes on. */
class PartBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null, wasOpen: this.props.open }

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error }
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState) {
    // Closed after a failure, then asked for again: fetch anew (the code was forgotten on closing).
    const reopened = props.open && !state.wasOpen
    return { wasOpen: props.open, ...(reopened && state.error !== null ? { error: null } : {}) }
  }

  override render() {
    const { error } = this.state
    if (error === null) return this.props.children
    if (!(error instanceof SectionCodeUnreachable)) {
      throw error instanceof Error ? error : new Error('A part failed.', { cause: error })
    }
    if (!this.props.open) return null
    return (
      <PartUnreachable
        onRetry={() => {
          this.props.onRetry()
          this.setState({ error: null })
        }}
        onClose={this.props.onClose}
      />
    )
  }
}

/** Over the page, in the middle, where a dialog would be: in sight whatever the layout below. */
function Overlay({ children }: { children: ReactNode }) {
  return (
    <Box
      pos="fixed"
      top="20%"
      left="50%"
      style={{ transform: 'translateX(-50%)', zIndex: 400 }}
      w="min(520px, calc(100vw - 2 * var(--mantine-spacing-md)))"
    >
      {children}
    </Box>
  )
}

function PartLoading() {
  return (
    <Overlay>
      <Group justify="center">
        <Loader />
      </Group>
    </Overlay>
  )
}

function PartUnreachable({ onRetry, onClose }: { onRetry: () => void; onClose: () => void }) {
  const { t } = useTranslation()
  return (
    <Overlay>
      <Alert
        role="alert"
        variant="filled"
        color="orange"
        icon={<IconPlugConnectedX />}
        title={t('startup.unreachableTitle')}
        withCloseButton
        closeButtonLabel={t('startup.close')}
        onClose={onClose}
        styles={{ root: { boxShadow: 'var(--mantine-shadow-xl)' } }}
      >
        <Text size="sm">{t('startup.unreachableText')}</Text>
        <Button
          mt="sm"
          size="xs"
          variant="white"
          color="orange"
          leftSection={<IconRefresh size={16} />}
          onClick={onRetry}
        >
          {t('startup.retry')}
        </Button>
      </Alert>
    </Overlay>
  )
}

/** False until `needed` is first true, then true for good: a part rendered once stays (its closing transition, its state). */
export function useNeededOnce(needed: boolean): boolean {
  const [once, setOnce] = useState(needed)
  if (needed && !once) setOnce(true)
  return once || needed
}
