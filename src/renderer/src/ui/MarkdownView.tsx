import ReactMarkdown from 'react-markdown'
import { markdownLinkUrl } from '../../../shared/domain/links'

/** User Markdown without raw HTML; only web and mail links survive, and they open outside the app. */
export default function MarkdownView({ children }: { children: string }) {
  return (
    <div className="prose-quiet">
      <ReactMarkdown
        skipHtml
        urlTransform={markdownLinkUrl}
        components={{
          a: ({ href, children: text }) => (
            <a href={href} target="_blank" rel="noopener noreferrer">
              {text}
            </a>
          ),
          img: ({ alt }) => <span>{alt}</span>
        }}
      >
        {children}
      </ReactMarkdown>
    </div>
  )
}
