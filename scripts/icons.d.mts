// Types for scripts/icons.mjs, so the unit tests import it under strict TypeScript.
export declare const appSizes: number[]
export declare const trayInks: Record<'Template' | '-on-light' | '-on-dark', string>
export declare function render(svg: string, size: number): Buffer
export declare function traySvg(appSvg: string, ink: string): string
export declare function ico(pngs: { size: number; data: Buffer }[]): Buffer
export declare function icns(pngBySize: Map<number, Buffer>): Buffer
export declare function writeIcons(root: string, source?: string): string[]
