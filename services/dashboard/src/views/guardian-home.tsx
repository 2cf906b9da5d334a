import { useQuery } from '@apollo/client';
import { WorkListQuery } from '../operations/work-list.js';
import { ErrorNotice, Loading } from '../ui/error-notice.js';
import { PageHeading } from '../ui/page-heading.js';
import { FamilyPage } from './family/family-page.js';

/** A guardian's start: their own family (the caseload of a guardian is their family). */
export function GuardianHome({ self }: { self: string | null }) {
  const { data, error, loading } = useQuery(WorkListQuery);
  const family = data?.caseload[0];
  if (family) return <FamilyPage reference={family.reference} guardian self={self} />;
  return (
    <>
      <PageHeading title="Vår familj">Vår familj</PageHeading>
      {error && <ErrorNotice error={error} />}
      {loading && <Loading what="er familj" />}
      {data && <p>Din familj finns inte i samordning i Lotsen. Kontakta kommunen om du tror att det är fel.</p>}
    </>
  );
}
