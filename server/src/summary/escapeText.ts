/** Text made safe inside HTML: nothing a note says can become markup or script. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/**
 * Text made literal in Markdown: every punctuation mark Markdown could read
 * as formatting, a link or raw HTML is escaped with a backslash (CommonMark
 * allows that for all ASCII punctuation), so `<script>` shows as words.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&"']/g, '\\$&')
}
