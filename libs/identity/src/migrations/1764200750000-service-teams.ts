import { MigrationInterface, QueryRunner } from 'typeorm';

/** Service teams "1+1+1+N" of key innovation platforms (timestamp in the pilot range: the measure ships with the pilot platforms). */
export class ServiceTeams1764200750000 implements MigrationInterface {
  name = 'ServiceTeams1764200750000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE service_team (
        organization_id     uuid PRIMARY KEY REFERENCES organization (id) ON DELETE CASCADE,
        bureau_officer_id   uuid NOT NULL REFERENCES app_user (id),
        district_liaison_id uuid NOT NULL REFERENCES app_user (id),
        conversion_lead_id  uuid NOT NULL REFERENCES app_user (id),
        updated_by          uuid REFERENCES app_user (id),
        updated_at          timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE service_team_broker (
        organization_id uuid NOT NULL REFERENCES service_team (organization_id) ON DELETE CASCADE,
        broker_id       uuid NOT NULL REFERENCES app_user (id),
        added_at        timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, broker_id)
      )`);
    // The access policy and broker assignment look teams up by broker.
    await q.query(`CREATE INDEX service_team_broker_broker_idx ON service_team_broker (broker_id, organization_id)`);
    await q.query(`CREATE INDEX service_team_officer_idx ON service_team (bureau_officer_id)`);
    await q.query(`CREATE INDEX service_team_liaison_idx ON service_team (district_liaison_id)`);
    await q.query(`CREATE INDEX service_team_lead_idx ON service_team (conversion_lead_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE service_team_broker`);
    await q.query(`DROP TABLE service_team`);
  }
}
