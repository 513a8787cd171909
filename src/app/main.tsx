import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app'
import { registerServiceWorker } from './register-sw'
import './styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html must contain <div id="root">')
// only in the build: the dev server serves changing modules that must not be cached
if (import.meta.env.PROD) registerServiceWorker()
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
