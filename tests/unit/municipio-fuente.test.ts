import { describe, expect, test } from 'vitest';
import { cargarDatos } from '../../src/lib/datos.ts';
import { fuenteDelDepartamentoJudicial, partesDeLaFuente } from '../../src/lib/municipios/fuente.ts';
import { leerMunicipios } from '../../src/lib/municipios/lectura.ts';

const PEHUAJO =
  'Nombre y código INDEC: datosgobar/georef-ar-etl data/departamentos.csv @2eb08e2; sección electoral: electorArg/PolAr_Data geo/secciones_pba.csv @98404a4 (coddepto 085, vía la tabla de equivalencias de polAr); cabecera: INDEC, vía las localidades censales de georef (funcion=CABECERA_DEPARTAMENTO; categoria=Localidad simple)';
const SCBA = 'SCBA "Población, Superficie y densidad por partido según demarcación departamental" 2019 (docslib.org/download/13106263)';

describe('la fuente de un partido', () => {
  test('se corta en «;» salvo entre paréntesis o comillas', () => {
    expect(partesDeLaFuente(`${PEHUAJO}; departamento judicial: ${SCBA}`)).toEqual([
      'Nombre y código INDEC: datosgobar/georef-ar-etl data/departamentos.csv @2eb08e2',
      'sección electoral: electorArg/PolAr_Data geo/secciones_pba.csv @98404a4 (coddepto 085, vía la tabla de equivalencias de polAr)',
      'cabecera: INDEC, vía las localidades censales de georef (funcion=CABECERA_DEPARTAMENTO; categoria=Localidad simple)',
      `departamento judicial: ${SCBA}`,
    ]);
    expect(partesDeLaFuente('a: "uno; dos"; b: tres')).toEqual(['a: "uno; dos"', 'b: tres']);
  });

  test('da la parte que respalda el departamento judicial, sin su rótulo, o nada si no la hay', () => {
    expect(fuenteDelDepartamentoJudicial(`${PEHUAJO}; departamento judicial: ${SCBA}; para Lezama, también notas de prensa`)).toBe(SCBA);
    expect(fuenteDelDepartamentoJudicial(PEHUAJO)).toBeUndefined();
    expect(fuenteDelDepartamentoJudicial('departamento judicial:  ')).toBeUndefined();
  });

  test('en el contenido real, cada partido con departamento judicial dice de dónde sale', () => {
    const { municipios = [] } = leerMunicipios('content', cargarDatos('content').actores.map((a) => a.id));
    const conDepartamento = municipios.filter((m) => m.departamento_judicial);
    expect(conDepartamento.length).toBeGreaterThan(0);
    expect(conDepartamento.filter((m) => !fuenteDelDepartamentoJudicial(m.fuente)).map((m) => m.slug)).toEqual([]);
  });
});
