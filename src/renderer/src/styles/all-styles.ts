// Every Mantine style, fetched with the first lazy part or section (rest-of-app.ts): the first
// screen carries only its own components' (first-screen-styles.ts). Layered, like those, so
// arriving later does not put Mantine's rules over the app's own CSS modules.
import '@mantine/core/styles.layer.css'
import '@mantine/notifications/styles.layer.css'
import '@mantine/dates/styles.layer.css'
