import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app'
import './styles.css'
import './print.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html must contain <div id="root">')
// only in the build: the dev server serves changing modules that must not be cached; a chunk of its
// own, so the registration costs the first screen nothing
if (import.meta.env.PROD) void import('./register-sw').then((m) => m.registerServiceWorker())
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
