/** The OPC UA calls (docs/api/opcua.md): endpoints and their connections, node maps with auto-map, meters. */
import { api, type Query } from '@/app/api'
import type { AuditEntry, Page } from '@/app/types'
import type { AutoMapResult, AutoMapSource, Connection, Daily, Endpoint, EndpointInput, MeterState, NodeMapping, NodeMappingInput, Reading, UnitDaily } from './types'

export const opcuaApi = {
  endpoints: (query: Query, signal?: AbortSignal) => api.get<Page<Endpoint>>('/opcua/endpoints', { query, signal }),
  endpoint: (id: number) => api.get<Endpoint>(`/opcua/endpoints/${id}`),
  create: (body: EndpointInput) => api.post<Endpoint>('/opcua/endpoints', body),
  update: (id: number, body: EndpointInput) => api.put<Endpoint>(`/opcua/endpoints/${id}`, body),
  remove: (id: number) => api.delete<void>(`/opcua/endpoints/${id}`),
  history: (id: number) => api.get<AuditEntry[]>(`/opcua/endpoints/${id}/history`),
  connections: (signal?: AbortSignal) => api.get<Connection[]>('/opcua/connections', { signal }),
  nodes: (id: number, query: Query, signal?: AbortSignal) => api.get<Page<NodeMapping>>(`/opcua/endpoints/${id}/nodes`, { query, signal }),
  addNode: (id: number, body: NodeMappingInput) => api.post<NodeMapping>(`/opcua/endpoints/${id}/nodes`, body),
  updateNode: (id: number, nodeMappingId: number, body: NodeMappingInput) => api.put<NodeMapping>(`/opcua/endpoints/${id}/nodes/${nodeMappingId}`, body),
  removeNode: (id: number, nodeMappingId: number) => api.delete<void>(`/opcua/endpoints/${id}/nodes/${nodeMappingId}`),
  autoMap: (id: number, source: AutoMapSource, replace: boolean, signal?: AbortSignal) =>
    api.post<AutoMapResult>(`/opcua/endpoints/${id}/nodes/auto-map`, { source, replace }, { signal }),
}

export const metersApi = {
  unit: (unitId: number) => api.get<MeterState>(`/meters/units/${unitId}`),
  readings: (unitId: number, query: Query, signal?: AbortSignal) => api.get<Page<Reading>>(`/meters/units/${unitId}/readings`, { query, signal }),
  daily: (unitId: number, query: Query, signal?: AbortSignal) => api.get<Daily[]>(`/meters/units/${unitId}/daily`, { query, signal }),
  projectDaily: (projectId: number, query: Query, signal?: AbortSignal) =>
    api.get<Page<UnitDaily>>(`/meters/projects/${projectId}/daily`, { query, signal }),
}
