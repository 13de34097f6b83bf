// Vite's ambient types for the renderer: CSS modules and import.meta.env.
/// <reference types="vite/client" />
