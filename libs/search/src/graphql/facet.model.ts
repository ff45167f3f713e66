import { Field, Int, ObjectType } from '@nestjs/graphql';

import { FacetResult } from '../search-engine';

@ObjectType('FacetValue', { description: 'One value of a facet and how many hits carry it.' })
export class FacetValueModel {
  @Field({ description: 'The value as text: a code, a number ("5") or a boolean ("true").' })
  value: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('Facet', { description: 'Counts of an attribute’s values over all hits of the search (not just the page).' })
export class FacetModel {
  @Field({ description: 'resultClass, fieldCode, chainCode, trl, transferModes, district, needsPilot; for needs fieldCode, collective, status…' })
  attribute: string;

  @Field(() => [FacetValueModel], { description: 'Most frequent first.' })
  values: FacetValueModel[];

  static from(facet: FacetResult): FacetModel {
    return Object.assign(new FacetModel(), { attribute: facet.attribute, values: facet.values.map((value) => Object.assign(new FacetValueModel(), value)) });
  }
}
