// The app's languages, without zod: the renderer's first module needs them, not settings.ts's schemas.
export const languages = ['ru', 'en'] as const
export type Language = (typeof languages)[number]
