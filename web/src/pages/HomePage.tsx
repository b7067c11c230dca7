import { Link } from 'react-router';
import { usePageHeading } from '../components/use-page-heading.ts';
import { useT } from '../i18n/language-context.tsx';
import { cardPaths, ecardVerifyPath } from './cards/card-paths.ts';
import { applicationPaths } from './transfer-application/application-paths.ts';
import { calculatorPath } from './transfer-calculator/calculator-answers.ts';
import { journeyPaths } from './transfer-destination/journey.ts';

/** What Shebao is, and its services, each linking to its journey. */
export function HomePage() {
  const t = useT();
  const heading = usePageHeading(t.home.title);
  const services = [
    { to: journeyPaths.scheme, title: t.home.inquiry, hint: t.home.inquiryHint },
    // An application starts from the inquiry: only a destination that has opened it takes one.
    {
      to: journeyPaths.scheme,
      title: t.home.transferApplication,
      hint: t.home.transferApplicationHint,
    },
    // 我的申请 asks a signed-out visitor to sign in first, and comes back.
    {
      to: applicationPaths.mine,
      title: t.home.transferProgress,
      hint: t.home.transferProgressHint,
    },
    { to: calculatorPath, title: t.home.calculator, hint: t.home.calculatorHint },
    // The card services: 我的社保卡, and the verifier for hospitals.
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
        {services.map((service) => (
          <li className="card card--available" key={service.title}>
            <h3 className="card__title">
              <Link className="card__link" to={service.to}>
                {service.title}
              </Link>
            </h3>
            <p>{service.hint}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
