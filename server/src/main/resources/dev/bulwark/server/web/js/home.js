/* The home page: the masthead; the page's links are plain HTML. */
import { masthead } from './dashboard.js';

masthead();
