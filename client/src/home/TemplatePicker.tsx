import { pictureUrl, type TemplateId } from '@wesee/shared'
import { useScreenWords } from '../i18n/screenWordsLanguage.ts'
import { text } from '../text.ts'
import './templatePicker.css'

/**
 * Choose what the new board starts with: blank, one stage, or the full
 * cycle, each with its picture and one sentence. Native radio buttons, so
 * arrow keys, Tab and screen readers work as people expect. The choices are
 * named in the person's own language; the board they make is written in the
 * board's language (the server writes it).
 */
export function TemplatePicker({
  value,
  onChange,
}: {
  value: TemplateId
  onChange: (id: TemplateId) => void
}) {
  const { templates } = useScreenWords()
  return (
    <fieldset className="template-picker" aria-describedby="template-hint">
      <legend>{text.templates.legend}</legend>
      <p className="hint" id="template-hint">
        {text.templates.hint}
      </p>
      <div className="template-grid">
        {templates.map((template) => (
          <label key={template.id} className="template-option">
            <input
              type="radio"
              name="template"
              value={template.id}
              checked={value === template.id}
              onChange={() => onChange(template.id)}
              aria-labelledby={`template-${template.id}-title`}
              aria-describedby={`template-${template.id}-about`}
            />
            <img src={pictureUrl(template.picture.id)} alt="" width={48} height={48} />
            <span className="template-words">
              <span className="template-title" id={`template-${template.id}-title`}>
                {template.title}
              </span>
              <span className="template-about" id={`template-${template.id}-about`}>
                {template.description}
              </span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
