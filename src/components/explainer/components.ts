// The components the generated explainers (content/explainers/*.mdx) use,
// by the names the generator writes (src/lib/explain/). The map comes from
// the maps component.
import ActorCard from './ActorCard.astro';
import BarChart from './BarChart.astro';
import Citation from './Citation.astro';
import Excerpt from './Excerpt.astro';
import Fact from './Fact.astro';
import KeyFigure from './KeyFigure.astro';
import KeyFigures from './KeyFigures.astro';
import Note from './Note.astro';
import Q from './Q.astro';
import Quote from './Quote.astro';
import Section from './Section.astro';
import Subsection from './Subsection.astro';
import Timeline from './Timeline.astro';
import TimelineDay from './TimelineDay.astro';
import TimelineEvent from './TimelineEvent.astro';
import FrontlineMap from '../map/FrontlineMap.astro';

export const explainerComponents = {
  ActorCard,
  BarChart,
  Citation,
  Excerpt,
  Fact,
  FrontlineMap,
  KeyFigure,
  KeyFigures,
  Note,
  Q,
  Quote,
  Section,
  Subsection,
  Timeline,
  TimelineDay,
  TimelineEvent,
};
