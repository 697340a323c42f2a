// Geometry types shared by the claims geometry modules.
import type { LineString, MultiLineString, MultiPoint, MultiPolygon, Point, Polygon } from 'geojson';

export type Poly = Polygon | MultiPolygon;
export type Lonlat = [number, number];
export type ShapeGeometry = Poly | Point | MultiPoint | LineString | MultiLineString;
export type Side = 'ARM' | 'AZE';
