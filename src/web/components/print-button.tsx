import { assetPath } from '../assets.ts'
import type { PageContext } from '../page-context.ts'

/**
 * A "print" button for a page meant to be printed. Without script it stays hidden (the `hidden`
 * attribute, made to win over `.button`'s display in app.css; inline styles are dropped by the
 * site's CSP, which is why an inline `display: none` showed the button anyway) and the hint
 * says how to print from the browser; with script (public/print-button.js) it opens the print
 * dialogue. The print style sheet hides buttons, so the printout holds only the page's content.
 */
export function PrintButton({ ctx }: { ctx: PageContext }) {
  return (
    <div class="no-print">
      <button type="button" class="button button--secondary" data-print-button hidden>
        <span safe>{ctx.t({ th: 'พิมพ์หน้านี้', en: 'Print this page' })}</span>
      </button>
      <p class="body hint" safe>
        {ctx.t({ th: 'พิมพ์หรือบันทึกเป็นไฟล์ได้จากเมนูพิมพ์ของเบราว์เซอร์', en: 'Print or save as PDF from the browser’s print menu (Ctrl+P or ⌘+P).' })}
      </p>
      <script src={assetPath('print-button.js')} defer></script>
    </div>
  )
}
