import { Suspense, use } from 'react'
import { SectionLoading } from '../components/SectionLoading'
import { ContactsPage } from '../features/contacts/ContactsPage'
import { useNavigation } from '../stores/navigation'
import { SectionBoundary } from './SectionBoundary'
import { forgetFailure, loadSection, type LazySection } from './section-pages'

export function SectionPage() {
  const section = useNavigation((state) => state.section)
  // The first screen comes with the app; every other section's code is fetched when first opened.
  if (section === 'contacts') return <ContactsPage />
  return (
    // Keyed by section: a failure shown for one section is gone when another is opened.
    <SectionBoundary
      key={section}
      onRetry={() => {
        forgetFailure(section)
      }}
    >
      <Suspense fallback={<SectionLoading />}>
        <LoadedSection section={section} />
      </Suspense>
    </SectionBoundary>
  )
}

function LoadedSection({ section }: { section: LazySection }) {
  return use(loadSection(section))
}
