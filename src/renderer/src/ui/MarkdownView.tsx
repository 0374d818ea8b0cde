import ReactMarkdown from 'react-markdown'

const safeUrl = (url: string) => (/^(https?:|mailto:)/i.test(url) ? url : '')

/** User Markdown without raw HTML; only web and mail links survive, and they open outside the app. */
export default function MarkdownView({ children }: { children: string }) {
  return (
    <div className="prose-quiet">
      <ReactMarkdown
        skipHtml
        urlTransform={safeUrl}
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
