import { Navigate } from 'react-router';
import { useSignedInUser } from './session-context';

/** Field staff start at their site visits, everyone else at their queue. */
export function HomeRedirect() {
  const user = useSignedInUser();
  return <Navigate to={user.role === 'field' ? '/field' : '/queue'} replace />;
}
