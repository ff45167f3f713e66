import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createRoot } from 'react-dom/client';

// Bundled from npm and served by the API itself: it works offline and under `script-src 'self'`.
const fetcher = createGraphiQLFetcher({ url: `${window.location.origin}/graphql` });

createRoot(document.getElementById('graphiql')!).render(<GraphiQL fetcher={fetcher} />);
