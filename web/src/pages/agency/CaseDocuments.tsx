import { caseDocumentUrl, type AgencyCase } from '../../api/agency.ts';
import { useLanguage } from '../../i18n/language-context.tsx';
import { chinaDate } from '../../i18n/china-moment.ts';
import { useAgencyT } from './use-agency-t.ts';

/** 文书: the contact letter, information table and completion notice issued so far, as PDF links. */
export function CaseDocuments({ agencyCase }: { agencyCase: AgencyCase }) {
  const t = useAgencyT();
  const { language } = useLanguage();
  const c = t.case;
  return (
    <section aria-labelledby="case-documents">
      <h2 id="case-documents">{c.documents}</h2>
      {agencyCase.documents.length === 0 ? (
        <p>{c.noDocuments}</p>
      ) : (
        <ul className="documents">
          {agencyCase.documents.map((document) => (
            <li key={document.kind} className="documents__item">
              <a href={caseDocumentUrl(agencyCase.id, document.kind)} download>
                {c.download(c.documentKinds[document.kind], document.number)}
              </a>
              <br />
              <span className="hint">
                {c.issued(
                  document.issuedBy.agencyName ?? document.issuedBy.name,
                  chinaDate(document.issuedAt, language),
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
