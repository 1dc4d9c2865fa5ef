import { Dialog } from '../facilitation/Dialog.tsx'
import { text } from '../text.ts'

/** Every key WeSee and the board answer to, in plain words. Opened with "Keys" or "?". */
export function KeysDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title={text.keys.heading} onClose={onClose} testId="keys-dialog">
      <p>{text.keys.intro}</p>
      <table className="keys-table">
        <tbody>
          {text.keys.rows.map(([keys, what]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  )
}
