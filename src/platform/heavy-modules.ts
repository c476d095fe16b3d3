import { createRequire } from 'node:module'
import type * as ExcelJSModule from 'exceljs'
import type SharpModule from 'sharp'

/**
 * Large libraries loaded on first use instead of at start-up: most processes never make a
 * spreadsheet or resize an image, and these cost tens of MiB and seconds to load (exceljs
 * ~23 MiB, sharp ~14 MiB). Import them from here, not from the package: the value behaves like
 * the package itself (a property read or a call loads it), and its types are the package's.
 */
const require = createRequire(import.meta.url)

export function lazyModule<T extends object>(name: string, onLoad?: (loaded: T) => void): T {
  let loaded: T | undefined
  const load = (): T => {
    if (!loaded) {
      loaded = require(name) as T
      onLoad?.(loaded)
    }
    return loaded
  }
  // A function as the target, so a package that is itself a function (sharp) can be called.
  return new Proxy(function lazy() {} as unknown as T, {
    get: (_target, key) => Reflect.get(load(), key),
    has: (_target, key) => Reflect.has(load(), key),
    apply: (_target, thisArg, args: unknown[]) => Reflect.apply(load() as unknown as (...a: unknown[]) => unknown, thisArg, args),
    construct: (_target, args: unknown[]) => Reflect.construct(load() as unknown as new (...a: unknown[]) => object, args),
  })
}

export const ExcelJS = lazyModule<typeof ExcelJSModule>('exceljs')
// The package's types under the same name, so `ExcelJS.CellValue` still names a type.
// eslint-disable-next-line @typescript-eslint/no-namespace
export declare namespace ExcelJS {
  export type CellValue = ExcelJSModule.CellValue
  export type Font = ExcelJSModule.Font
  export type Borders = ExcelJSModule.Borders
  export type Worksheet = ExcelJSModule.Worksheet
  export type Workbook = ExcelJSModule.Workbook
  export type Cell = ExcelJSModule.Cell
  export type Row = ExcelJSModule.Row
}

export const sharp = lazyModule<typeof SharpModule>('sharp')
