import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { applyLanguage, storedLanguage } from './i18n/language.ts';
import { applyElderMode, storedElderMode } from './preferences/elder-mode.ts';
import './styles/base.css';
import './styles/layout.css';
import './styles/forms.css';
import './styles/panels.css';
import './styles/calculator.css';
import './styles/account.css';
import './styles/applications.css';
import './styles/elder.css';

// Before the first render, so that a returning reader never sees the page flash in the wrong mode.
applyLanguage(storedLanguage());
applyElderMode(storedElderMode());

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
