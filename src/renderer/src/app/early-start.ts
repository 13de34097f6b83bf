// The page's first module to run (main.tsx imports it before anything else): it picks the way to
// the core and asks the first screen's questions at once — the settings (the language) and the
// contact book's first page — so the answers are on their way while the rest of the code starts.
import { createClient } from '../api/client'
import { withEarlyCalls } from '../api/early-calls'
import { chooseTransport } from '../api/transport'
import { defaultFilter, pageQuery } from '../features/contacts/contact-filter'
import { pageSize } from '../features/contacts/page-cache'

export const startUp = chooseTransport()
export const client = withEarlyCalls(createClient(startUp.transport))

client.askEarly('settings.get', {})
// What the table asks first when the app opens on the contact book with no search or filter.
client.askEarly('contacts.query', pageQuery(defaultFilter, 0, pageSize))
