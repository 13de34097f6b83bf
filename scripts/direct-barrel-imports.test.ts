import { describe, expect, it } from 'vitest'
import { UnmappedBarrelImport, barrelExports, directImports } from './direct-barrel-imports'

const barrel = [
  'import { Button } from "./components/Button/Button.mjs";',
  'import { transitions } from "./components/Transition/transitions.mjs";',
  'import { Stepper, StepperStep as Step } from "./components/Stepper/Stepper.mjs";',
  'export { Button, transitions as MANTINE_TRANSITIONS, Stepper, Step as StepperStep };',
].join('\n')
const exports = barrelExports(barrel, '/pkg/esm')

describe('barrelExports', () => {
  it('maps each exported name to its own file and local name', () => {
    expect(exports.get('Button')).toEqual({
      file: '/pkg/esm/components/Button/Button.mjs',
      name: 'Button',
    })
    expect(exports.get('MANTINE_TRANSITIONS')).toEqual({
      file: '/pkg/esm/components/Transition/transitions.mjs',
      name: 'transitions',
    })
    expect(exports.get('StepperStep')).toEqual({
      file: '/pkg/esm/components/Stepper/Stepper.mjs',
      name: 'StepperStep',
    })
    expect(exports.has('transitions')).toBe(false)
  })

  it('reads re-exports with a source, as @tabler/icons-react writes them', () => {
    const icons = barrelExports(
      "export { default as IconAB, default as IconAb } from './icons/IconAB.mjs';",
      '/icons/esm',
    )
    expect(icons.get('IconAb')).toEqual({ file: '/icons/esm/icons/IconAB.mjs', name: 'default' })
    expect(icons.get('IconAB')).toEqual({ file: '/icons/esm/icons/IconAB.mjs', name: 'default' })
  })
})

describe('directImports', () => {
  it('imports each name from its own file, keeping the local names', () => {
    const code = 'import { Button, Stepper as Steps } from "@mantine/core";\nuse(Button, Steps)'
    expect(directImports(code, '@mantine/core', exports)).toBe(
      [
        'import { Button as Button } from "/pkg/esm/components/Button/Button.mjs";',
        'import { Stepper as Steps } from "/pkg/esm/components/Stepper/Stepper.mjs";',
        'use(Button, Steps)',
      ].join('\n'),
    )
  })

  it('fails loudly when the barrel does not list a name the app imports', () => {
    const code = "import { Button, Unknown } from '@mantine/core'"
    expect(() => directImports(code, '@mantine/core', exports)).toThrow(UnmappedBarrelImport)
    expect(() => directImports(code, '@mantine/core', exports)).toThrow(/Unknown/)
  })

  it('fails loudly when a barrel written another way reads as no names at all', () => {
    // Today's index with single quotes: read as nothing, the build must stop rather than ship the barrel.
    const changed = barrelExports(barrel.replaceAll('"', "'"), '/pkg/esm')
    expect(() =>
      directImports("import { Button } from '@mantine/core'", '@mantine/core', changed),
    ).toThrow(UnmappedBarrelImport)
  })

  it('keeps a re-export of another package as its bare name', () => {
    const mapped = barrelExports(
      'import { RemoveScroll } from "react-remove-scroll";\nexport { RemoveScroll };',
      '/pkg/esm',
    )
    expect(mapped.get('RemoveScroll')).toEqual({
      file: 'react-remove-scroll',
      name: 'RemoveScroll',
    })
  })

  it('leaves other packages and type imports alone', () => {
    const code = [
      "import { Button } from '@mantine/core/styles.css'",
      "import { type Button } from '@mantine/core'",
      "import { Button } from '@mantine/dates'",
    ].join('\n')
    expect(directImports(code, '@mantine/core', exports)).toBe(code)
  })
})
