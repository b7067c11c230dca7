import { BrowserRouter, Route, Routes } from 'react-router';
import { LanguageProvider } from './i18n/language-context.tsx';
import { Layout } from './layout/Layout.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { CalculatorPage } from './pages/transfer-calculator/CalculatorPage.tsx';
import { CityPage } from './pages/transfer-destination/CityPage.tsx';
import { ProvincePage } from './pages/transfer-destination/ProvincePage.tsx';
import { ResultPage } from './pages/transfer-destination/ResultPage.tsx';
import { SchemePage } from './pages/transfer-destination/SchemePage.tsx';

/** The citizen portal's pages. */
export function App() {
  return (
    <LanguageProvider>
      <BrowserRouter>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<HomePage />} />
            <Route path="transfer-destination">
              <Route index element={<SchemePage />} />
              <Route path="province" element={<ProvincePage />} />
              <Route path="city" element={<CityPage />} />
              <Route path="result" element={<ResultPage />} />
            </Route>
            <Route path="transfer-calculator" element={<CalculatorPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </LanguageProvider>
  );
}
