import {
  BaseBoxShapeUtil,
  FileHelpers,
  FONT_FAMILIES,
  getDefaultColorTheme,
  HTMLContainer,
  LABEL_FONT_SIZES,
  PlainTextLabel,
  RichTextSVG,
  TEXT_PROPS,
  toRichText,
  useDefaultColorTheme,
  useValue,
  type Box,
  type SvgExportContext,
} from 'tldraw'
import {
  pictureNoteShapeMigrations,
  pictureNoteShapeProps,
  pictureNoteShapeType,
  pictureNoteSize,
  pictureNoteWords,
  pictureUrl,
  type PictureNoteShape,
} from '@wesee/shared'
import { minimumPictureNoteHeight, pictureNoteLayout, wordsWidth } from './pictureNoteLayout.ts'

/** Words on a picture note are a little bigger than on a sticky note's default. */
const fontSize = LABEL_FONT_SIZES.m
const font = 'sans'
const questionPicture = { id: '2753', name: 'Question' }

/**
 * The picture note on the canvas: a tldraw custom shape (props, validation
 * and migrations from `@wesee/shared`, as the server's schema has them).
 * The picture sits above the words; double-click or Enter to type the words;
 * resize by its corners; it exports to SVG and PNG like any other shape.
 */
export class PictureNoteShapeUtil extends BaseBoxShapeUtil<PictureNoteShape> {
  static override type = pictureNoteShapeType
  static override props = pictureNoteShapeProps
  static override migrations = pictureNoteShapeMigrations

  getDefaultProps(): PictureNoteShape['props'] {
    return {
      ...pictureNoteSize,
      color: 'yellow',
      picture: { src: pictureUrl(questionPicture.id), name: questionPicture.name },
      text: '',
    }
  }

  override canEdit() {
    return true
  }

  override getText(shape: PictureNoteShape) {
    return shape.props.text
  }

  override getAriaDescriptor(shape: PictureNoteShape) {
    return pictureNoteWords(shape.props)
  }

  /** Height the words take when wrapped to the note's width. */
  wordsHeight(shape: PictureNoteShape): number {
    const measured = this.editor.textMeasure.measureText(shape.props.text || ' ', {
      ...TEXT_PROPS,
      fontFamily: FONT_FAMILIES[font],
      fontSize,
      maxWidth: wordsWidth(shape.props.w),
    })
    return Math.max(measured.h, Math.ceil(fontSize * TEXT_PROPS.lineHeight))
  }

  // Like a sticky note, a picture note grows taller as its words grow, so no
  // word is ever hidden; it never shrinks on its own.
  private grownToFit(shape: PictureNoteShape): PictureNoteShape | undefined {
    const needed = minimumPictureNoteHeight(shape.props.w, this.wordsHeight(shape))
    if (shape.props.h >= needed) return undefined
    return { ...shape, props: { ...shape.props, h: needed } }
  }

  override onBeforeCreate(next: PictureNoteShape) {
    return this.grownToFit(next)
  }

  override onBeforeUpdate(prev: PictureNoteShape, next: PictureNoteShape) {
    if (prev.props.text === next.props.text && prev.props.w === next.props.w && prev.props.h === next.props.h)
      return undefined
    return this.grownToFit(next)
  }

  component(shape: PictureNoteShape) {
    return <PictureNote shape={shape} util={this} />
  }

  indicator(shape: PictureNoteShape) {
    return <rect width={shape.props.w} height={shape.props.h} rx={4} />
  }

  override async toSvg(shape: PictureNoteShape, ctx: SvgExportContext) {
    const theme = getDefaultColorTheme({ isDarkMode: ctx.isDarkMode })
    const { w, h, color, picture, text } = shape.props
    const layout = pictureNoteLayout(w, h, this.wordsHeight(shape))
    // The export must stand alone: the picture goes inside it, not as a link to this server.
    const href = await pictureDataUrl(picture.src)
    const wordsBox = {
      minX: layout.words.x,
      minY: layout.words.y,
      w: layout.words.w,
      h: layout.words.h,
    } as Box
    return (
      <>
        <rect width={w} height={h} rx={4} fill={theme[color].note.fill} />
        {href && (
          <image
            href={href}
            x={layout.picture.x}
            y={layout.picture.y}
            width={layout.picture.size}
            height={layout.picture.size}
            preserveAspectRatio="xMidYMid meet"
          >
            <title>{picture.name}</title>
          </image>
        )}
        <RichTextSVG
          bounds={wordsBox}
          richText={toRichText(text)}
          fontSize={fontSize}
          font={font}
          align="middle"
          verticalAlign="start"
          labelColor={theme[color].note.text}
          padding={0}
          wrap
          showTextOutline={false}
        />
      </>
    )
  }
}

function PictureNote({ shape, util }: { shape: PictureNoteShape; util: PictureNoteShapeUtil }) {
  const editor = util.editor
  const theme = useDefaultColorTheme()
  const isSelected = useValue('picture note selected', () => editor.getOnlySelectedShapeId() === shape.id, [
    editor,
    shape.id,
  ])
  const { w, h, color, picture, text } = shape.props
  const layout = pictureNoteLayout(w, h, util.wordsHeight(shape))
  return (
    <HTMLContainer
      className="picture-note"
      style={{ width: w, height: h, backgroundColor: theme[color].note.fill, pointerEvents: 'all' }}
    >
      <img
        className="picture-note__picture"
        src={picture.src}
        alt={picture.name}
        draggable={false}
        style={{
          left: layout.picture.x,
          top: layout.picture.y,
          width: layout.picture.size,
          height: layout.picture.size,
        }}
      />
      <div
        className="picture-note__words"
        style={{ left: layout.words.x, top: layout.words.y, width: layout.words.w, height: layout.words.h }}
      >
        <PlainTextLabel
          shapeId={shape.id}
          type={shape.type}
          font={font}
          fontSize={fontSize}
          lineHeight={TEXT_PROPS.lineHeight}
          align="middle"
          verticalAlign="start"
          text={text}
          labelColor={theme[color].note.text}
          isSelected={isSelected}
          wrap
        />
      </div>
    </HTMLContainer>
  )
}

const pictureDataUrls = new Map<string, Promise<string | null>>()

/** The picture as a data URL, fetched once per address (pictures never change). */
function pictureDataUrl(src: string): Promise<string | null> {
  let dataUrl = pictureDataUrls.get(src)
  if (!dataUrl) {
    dataUrl = fetch(src)
      .then((response) => (response.ok ? response.blob() : null))
      .then((blob) => (blob ? FileHelpers.blobToDataUrl(blob) : null))
      .catch(() => null)
    pictureDataUrls.set(src, dataUrl)
  }
  return dataUrl
}
