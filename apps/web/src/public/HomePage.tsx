import { Card, Col, Input, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { formatPriceRange } from '../components/format';
import { PageState } from '../components/PageState';
import { graphql } from '../gql';
import { currentLanguage } from '../i18n';
import { useIndustryFields } from './useIndustryFields';

const HomeDocument = graphql(`
  query Home {
    latestResults: searchResults(input: { query: "", sort: NEWEST, pageSize: 6 }) {
      totalHits
      hits {
        result {
          id
          title
          fieldCode
          trl
          askingPrice {
            min
            max
            negotiable
          }
          owner {
            id
            name
          }
        }
      }
    }
    latestNeeds: searchNeeds(input: { query: "", sort: NEWEST, pageSize: 6 }) {
      totalHits
      hits {
        need {
          id
          title
          fieldCode
          budget {
            min
            max
            negotiable
          }
          enterprise {
            id
            name
          }
        }
      }
    }
  }
`);

/** The front door: one search box, then what is new on the market. */
export default function HomePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const language = currentLanguage();
  const fieldNames = useIndustryFields();
  const [{ data, fetching, error }, refetch] = useQuery({ query: HomeDocument });

  return (
    <div>
      <section className="tb-hero">
        <Typography.Title level={1} className="tb-hero-title">
          {t('home.title')}
        </Typography.Title>
        <Typography.Paragraph className="tb-hero-sub">{t('home.subtitle')}</Typography.Paragraph>
        <form role="search" onSubmit={(event) => event.preventDefault()} style={{ maxWidth: 640 }}>
          <Input.Search
            size="large"
            allowClear
            enterButton={t('home.searchButton')}
            placeholder={t('home.searchPlaceholder')}
            aria-label={t('home.searchPlaceholder')}
            onSearch={(value) => void navigate(value.trim() ? `/search?q=${encodeURIComponent(value.trim())}` : '/search')}
          />
        </form>
        <Space size={[16, 8]} wrap style={{ marginTop: 16 }}>
          <Link to="/register" className="tb-hero-link">
            {t('home.forResearchers')}
          </Link>
          <Link to="/register" className="tb-hero-link">
            {t('home.forEnterprises')}
          </Link>
        </Space>
      </section>
      <PageState loading={fetching && !data} error={error && !data ? error.message : undefined} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
        <Row gutter={[24, 24]}>
          <Col xs={24} lg={12}>
            <Card title={<h2 className="tb-card-title">{t('home.latestResults')}</h2>} extra={<Link to="/search?sort=NEWEST">{t('home.viewAll')}</Link>}>
              <ul className="tb-plain-list">
                {data?.latestResults.hits.map(({ result }) => (
                  <li key={result.id}>
                    <Link to={`/results/${result.id}`}>{result.title}</Link>
                    <div className="tb-list-meta">
                      {fieldNames.name(result.fieldCode)} · {t('catalog.trlShort', { trl: result.trl })} · {result.owner.name} ·{' '}
                      {formatPriceRange(result.askingPrice, language, t)}
                    </div>
                  </li>
                ))}
              </ul>
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card
              title={<h2 className="tb-card-title">{t('home.latestNeeds')}</h2>}
              extra={<Link to="/search?kind=needs&sort=NEWEST">{t('home.viewAll')}</Link>}
            >
              <ul className="tb-plain-list">
                {data?.latestNeeds.hits.map(({ need }) => (
                  <li key={need.id}>
                    <Link to={`/needs/${need.id}`}>{need.title}</Link>
                    <div className="tb-list-meta">
                      {fieldNames.name(need.fieldCode)} · {need.enterprise.name} · {formatPriceRange(need.budget, language, t)}
                    </div>
                  </li>
                ))}
              </ul>
            </Card>
          </Col>
        </Row>
      </PageState>
    </div>
  );
}
