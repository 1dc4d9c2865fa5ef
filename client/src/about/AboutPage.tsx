import { useEffect, type ReactNode } from 'react'
import { openMojiAttribution } from '@wesee/shared'
import { text } from '../text.ts'

const tldrawUrl = 'https://tldraw.dev'

/**
 * What WeSee is, and the credit the work it is built on asks for: OpenMoji's
 * licence (CC BY-SA 4.0) asks for its attribution wherever its pictures are
 * used; tldraw asks that boards keep the "Made with tldraw" mark, which they do.
 */
export function AboutPage() {
  useEffect(() => {
    document.title = `${text.about.heading} · ${text.appName}`
  }, [])
  return (
    <main className="home about" id="main">
      <h1>{text.about.heading}</h1>
      <p>{text.about.what}</p>

      <section className="card" aria-labelledby="about-how">
        <h2 id="about-how">{text.about.howHeading}</h2>
        <ul>
          {text.about.how.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>

      <section className="card" aria-labelledby="about-credits">
        <h2 id="about-credits">{text.about.creditsHeading}</h2>
        <p>{text.about.picturesCredit}</p>
        <p data-testid="openmoji-attribution">{openMojiCredit()}</p>
        <p>
          {text.about.tldrawCredit} <a href={tldrawUrl}>{text.about.tldrawLink}</a>
        </p>
      </section>

      <a href="/">{text.about.back}</a>
    </main>
  )
}

/** OpenMoji's own attribution, word for word, with its project and licence as links. */
function openMojiCredit(): ReactNode[] {
  const { text: credit, projectName, projectUrl, licenceName, licenceUrl } = openMojiAttribution
  const links: Array<[string, string]> = [
    [projectName, projectUrl],
    [licenceName, licenceUrl],
  ]
  const parts: ReactNode[] = []
  let rest: string = credit
  for (const [name, url] of links) {
    const at = rest.indexOf(name)
    if (at < 0) continue
    parts.push(
      rest.slice(0, at),
      <a key={url} href={url}>
        {name}
      </a>,
    )
    rest = rest.slice(at + name.length)
  }
  parts.push(rest)
  return parts
}
