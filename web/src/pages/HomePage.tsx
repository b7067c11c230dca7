import { Link } from 'react-router';
import { usePageHeading } from '../components/use-page-heading.ts';
import { useT } from '../i18n/language-context.tsx';
import { cardPaths, ecardVerifyPath } from './cards/card-paths.ts';
import { calculatorPath } from './transfer-calculator/calculator-answers.ts';
import { journeyPaths } from './transfer-destination/journey.ts';

/** What Shebao is, and its services: those available link to their journey. */
export function HomePage() {
  const t = useT();
  const heading = usePageHeading(t.home.title);
  const comingSoon = [t.home.transferApplication, t.home.transferProgress];
  // The card services: each is a journey now (我的社保卡, and the verifier for hospitals).
  const available = [
    { to: cardPaths.mine, title: t.home.cardLoss, hint: t.home.cardLossHint },
    { to: cardPaths.mine, title: t.home.electronicCard, hint: t.home.electronicCardHint },
    { to: ecardVerifyPath, title: t.home.ecardVerify, hint: t.home.ecardVerifyHint },
  ];
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t.home.title}
      </h1>
      <p className="lead">{t.home.intro}</p>
      <h2>{t.home.servicesHeading}</h2>
      <ul className="cards">
        <li className="card card--available">
          <h3 className="card__title">
            <Link className="card__link" to={journeyPaths.scheme}>
              {t.home.inquiry}
            </Link>
          </h3>
          <p>{t.home.inquiryHint}</p>
        </li>
        <li className="card card--available">
          <h3 className="card__title">
            <Link className="card__link" to={calculatorPath}>
              {t.home.calculator}
            </Link>
          </h3>
          <p>{t.home.calculatorHint}</p>
        </li>
        {available.map((service) => (
          <li className="card card--available" key={service.title}>
            <h3 className="card__title">
              <Link className="card__link" to={service.to}>
                {service.title}
              </Link>
            </h3>
            <p>{service.hint}</p>
          </li>
        ))}
        {comingSoon.map((service) => (
          <li className="card" key={service}>
            <h3 className="card__title">{service}</h3>
            <p>
              <strong className="tag">{t.common.comingSoon}</strong>
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
