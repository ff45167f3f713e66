import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BrokerageModule } from '@techbridge/brokerage';
import { CatalogModule } from '@techbridge/catalog';
import { IdentityModule } from '@techbridge/identity';
import { MatchingModule } from '@techbridge/matching';
import { OutboxHandlerRegistry } from '@techbridge/platform';

import { AgendaController } from './calendar/agenda.controller';
import { AgendaService } from './calendar/agenda.service';
import { MatchmakingEventEntity } from './events/matchmaking-event.entity';
import { MatchmakingEventResolver } from './events/matchmaking-event.resolver';
import { MatchmakingEventService } from './events/matchmaking-event.service';
import { MeetingEntity } from './meetings/meeting.entity';
import { MeetingResolver } from './meetings/meeting.resolver';
import { MeetingService } from './meetings/meeting.service';
import { EventRegistrationEntity } from './registrations/event-registration.entity';
import { RegistrationResolver } from './registrations/registration.resolver';
import { EVENT_COMPLETION_QUEUE, EVENT_REMINDER_QUEUE, EventCompletionCheck, EventReminders, MeetingReminderCheck } from './reminders/event-reminders';
import { EventSchedulingService } from './scheduling/event-scheduling.service';

@Module({
  imports: [
    IdentityModule,
    CatalogModule,
    MatchingModule,
    BrokerageModule,
    TypeOrmModule.forFeature([MatchmakingEventEntity, EventRegistrationEntity, MeetingEntity]),
  ],
  controllers: [AgendaController],
  providers: [
    MatchmakingEventService,
    EventSchedulingService,
    MeetingService,
    AgendaService,
    EventReminders,
    MatchmakingEventResolver,
    RegistrationResolver,
    MeetingResolver,
  ],
  exports: [MatchmakingEventService, EventSchedulingService, MeetingService, AgendaService, EventReminders],
})
export class EventsModule implements OnModuleInit {
  constructor(
    private readonly handlers: OutboxHandlerRegistry,
    private readonly reminders: EventReminders,
  ) {}

  onModuleInit(): void {
    // A (re-)schedule or an answer can change each participant's first meeting: plan the reminders again.
    this.handlers.register('events.plan-reminders', ['event.scheduled', 'meeting.responded'], (jobs) => this.reminders.onScheduleEvents(jobs));
    this.handlers.register<MeetingReminderCheck>(EVENT_REMINDER_QUEUE, [], (jobs) => this.reminders.onReminderJobs(jobs), { batchSize: 20 });
    this.handlers.register<EventCompletionCheck>(EVENT_COMPLETION_QUEUE, [], (jobs) => this.reminders.onCompletionJobs(jobs), { batchSize: 20 });
  }
}
